/** The library page's state: the catalog's cards once loaded, the search and the filters. */
import type { Catalog } from '../../../adapters/scenarios/catalog';
import { NO_FILTER } from './filter-query';
import {
	allTags,
	cardOf,
	filterCards,
	type LibraryCard,
	type LibraryFilter
} from './library-cards';

export class LibraryState {
	cards = $state<LibraryCard[]>();
	failure = $state<string>();
	query = $state('');
	difficulty = $state<number>();
	tag = $state<string>();

	readonly filter: LibraryFilter = $derived({
		query: this.query,
		...(this.difficulty === undefined ? {} : { difficulty: this.difficulty }),
		...(this.tag === undefined ? {} : { tag: this.tag })
	});
	readonly shown = $derived(filterCards(this.cards ?? [], this.filter));
	// A tag from the address that no scenario has still shows as chosen.
	readonly tags = $derived(allTags(this.cards ?? [], this.tag));
	readonly filtered = $derived(
		this.query.trim() !== '' || this.difficulty !== undefined || this.tag !== undefined
	);

	readonly #catalog: Catalog;

	constructor(catalog: Catalog, filter: LibraryFilter = NO_FILTER) {
		this.#catalog = catalog;
		this.setFilter(filter);
	}

	async load(): Promise<void> {
		try {
			this.cards = (await this.#catalog.list()).map(cardOf);
		} catch (error) {
			this.failure = error instanceof Error ? error.message : String(error);
		}
	}

	setFilter(filter: LibraryFilter): void {
		this.query = filter.query;
		this.difficulty = filter.difficulty;
		this.tag = filter.tag;
	}

	clear(): void {
		this.setFilter(NO_FILTER);
	}
}
