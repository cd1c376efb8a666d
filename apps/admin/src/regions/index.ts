import MapIcon from '@mui/icons-material/Map';
import { RegionTree } from './RegionTree';

export default { list: RegionTree, icon: MapIcon, recordRepresentation: 'name' };
