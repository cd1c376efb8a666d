import MapIcon from '@mui/icons-material/Map';
import { RegionList } from './RegionList';

export default { list: RegionList, icon: MapIcon, recordRepresentation: 'name' };
