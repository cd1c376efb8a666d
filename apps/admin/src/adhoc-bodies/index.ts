import GroupsIcon from '@mui/icons-material/Groups';
import { AdhocBodyList } from './AdhocBodyList';
import { AdhocBodyShow } from './AdhocBodyShow';

export default { list: AdhocBodyList, show: AdhocBodyShow, icon: GroupsIcon, recordRepresentation: 'name' };
