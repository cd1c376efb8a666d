import BadgeIcon from '@mui/icons-material/Badge';
import { MemberList } from './MemberList';

export default { list: MemberList, icon: BadgeIcon, recordRepresentation: 'name' };
