import BadgeIcon from '@mui/icons-material/Badge';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

export default { list: MemberList, show: MemberShow, icon: BadgeIcon, recordRepresentation: 'name' };
