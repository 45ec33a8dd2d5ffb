// The body map feature: the map, its key, the list of findings beside it and a non-map picker.
import './bodymap.css';

export { BodyMap, type BodyMapProps, type MapFinding, type RegionRef } from './BodyMap';
export { BodyMapLegend } from './BodyMapLegend';
export { FindingsList, findingScore, type FindingsListProps } from './FindingsList';
export { RegionPicker, type RegionPickerProps } from './RegionPicker';
export { FINDING_STYLES, findingStyle } from './marks';
export { REGION_SHAPES, FIGURE_OUTLINE, type RegionShape } from './geometry';
