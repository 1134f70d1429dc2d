/** How far into Russia "along the border" reaches on the map: a drawing convention, stated in the legend. */
export const BORDER_ZONE_KM = 100;
