/** The library page's state: the catalog's cards once loaded, the search and the filters. */
import type { Catalog } from '../../../adapters/scenarios/catalog';
import { allTags, cardOf, filterCards, type LibraryCard } from './library-cards';

export class LibraryState {
	cards = $state<LibraryCard[]>();
	failure = $state<string>();
	query = $state('');
	difficulty = $state<number>();
	tag = $state<string>();

	readonly shown = $derived(
		filterCards(this.cards ?? [], { query: this.query, difficulty: this.difficulty, tag: this.tag })
	);
	readonly tags = $derived(allTags(this.cards ?? []));
	readonly filtered = $derived(
		this.query.trim() !== '' || this.difficulty !== undefined || this.tag !== undefined
	);

	readonly #catalog: Catalog;

	constructor(catalog: Catalog) {
		this.#catalog = catalog;
	}

	async load(): Promise<void> {
		try {
			this.cards = (await this.#catalog.list()).map(cardOf);
		} catch (error) {
			this.failure = error instanceof Error ? error.message : String(error);
		}
	}

	clear(): void {
		this.query = '';
		this.difficulty = undefined;
		this.tag = undefined;
	}
}
