import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { CommissionList } from './CommissionList';

export default { list: CommissionList, icon: AccountBalanceIcon, recordRepresentation: 'name' };
