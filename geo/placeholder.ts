/**
 * `{claim-id}` in scene text: the only way a figure enters a caption; `{claim-id:area}`, the area its figure counts
 * ("within 200 km", from the claim's scope), the only way a distance does (a scene said "its own zone" for want of
 * it). Kept apart from geo/schema (zod stays off the client).
 */
export const PLACEHOLDER = /\{([a-z0-9-]+)(?::(area))?\}/g;
