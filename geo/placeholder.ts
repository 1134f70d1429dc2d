/** `{claim-id}` in scene text: the only way a figure enters a caption. Kept apart from geo/schema (zod stays off the client). */
export const PLACEHOLDER = /\{([a-z0-9-]+)\}/g;
