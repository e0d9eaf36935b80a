/**
 * Catalog entries as library cards, and the library's search and filters. A scenario that does not
 * load is still a card (with its problem), so the user can find it and fix it.
 */
import type { CatalogEntry } from '../../../adapters/scenarios/catalog';

export interface LibraryCard {
	id: string;
	title: string;
	summary: string;
	/** Undefined for a scenario that does not load. */
	difficulty?: number;
	tags: string[];
	minutes?: number;
	custom: boolean;
	/** Why the scenario does not load. */
	problem?: string;
}

export interface LibraryFilter {
	query: string;
	difficulty?: number;
	tag?: string;
}

export function cardOf(entry: CatalogEntry): LibraryCard {
	const custom = entry.source === 'custom';
	if (!entry.ok) {
		return {
			id: entry.id,
			title: entry.title,
			summary: '',
			tags: [],
			custom,
			problem: entry.problem
		};
	}
	const { title, summary, difficulty, tags, minutes } = entry.scenario;
	return { id: entry.id, title, summary, difficulty, tags, minutes, custom };
}

/** Cards that match every word of the query (title, summary, tags) and the filters, easy → hard. */
export function filterCards(cards: readonly LibraryCard[], filter: LibraryFilter): LibraryCard[] {
	const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
	return cards
		.filter((card) => {
			const haystack = [card.title, card.summary, ...card.tags].join('\n').toLowerCase();
			if (!words.every((w) => haystack.includes(w))) return false;
			if (filter.difficulty !== undefined && card.difficulty !== filter.difficulty) return false;
			return filter.tag === undefined || card.tags.includes(filter.tag);
		})
		.sort(
			(a, b) =>
				(a.difficulty ?? 6) - (b.difficulty ?? 6) ||
				(a.minutes ?? 0) - (b.minutes ?? 0) ||
				a.title.localeCompare(b.title)
		);
}

/** Every tag in the library, plus `also` when given, alphabetical. */
export function allTags(cards: readonly LibraryCard[], also?: string): string[] {
	const tags = new Set(cards.flatMap((c) => c.tags));
	if (also !== undefined) tags.add(also);
	return [...tags].sort((a, b) => a.localeCompare(b));
}
