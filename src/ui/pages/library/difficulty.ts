/** Difficulty 1–5 in words, as the library and the scenario page show it. */
export const DIFFICULTY_WORDS = ['Intro', 'Easy', 'Medium', 'Hard', 'Expert'] as const;

export function difficultyWord(level: number): string {
	return DIFFICULTY_WORDS[Math.min(5, Math.max(1, Math.round(level))) - 1];
}
