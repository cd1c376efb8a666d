import GroupsIcon from '@mui/icons-material/Groups';
import { AdhocBodyList } from './AdhocBodyList';
import { AdhocBodyCreate } from './AdhocBodyCreate';
import { AdhocBodyEdit } from './AdhocBodyEdit';
import { AdhocBodyShow } from './AdhocBodyShow';

export default {
  list: AdhocBodyList,
  show: AdhocBodyShow,
  create: AdhocBodyCreate,
  edit: AdhocBodyEdit,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};
