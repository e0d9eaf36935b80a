/**
 * The shape of the compact schema tables `kubectl explain` reads: named types with their
 * descriptions and fields, as the API server's OpenAPI v3 document has them (descriptions from
 * the Kubernetes types.go comments). Only the fields trainees reach for are listed.
 */
export interface FieldDef {
	name: string;
	/** As explain prints it between `<>`: `string`, `integer`, `[]Container`, `map[string]string`. */
	type: string;
	description: string;
	/** Named type (in the type table) the field's subfields come from. */
	ref?: string;
	required?: boolean;
	enum?: string[];
}

export interface TypeDef {
	description: string;
	fields: FieldDef[];
}

export type TypeTable = Record<string, TypeDef>;

const CONVENTIONS =
	'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md';

/** The three fields every top-level kind opens with. */
export function objectHeader(
	metadataDescription = `Standard object's metadata. More info: ${CONVENTIONS}#metadata`
): FieldDef[] {
	return [
		{
			name: 'apiVersion',
			type: 'string',
			description: `APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: ${CONVENTIONS}#resources`
		},
		{
			name: 'kind',
			type: 'string',
			description: `Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: ${CONVENTIONS}#types-kinds`
		},
		{ name: 'metadata', type: 'ObjectMeta', ref: 'ObjectMeta', description: metadataDescription }
	];
}

export const SPEC_STATUS = `${CONVENTIONS}#spec-and-status`;
