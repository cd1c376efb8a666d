import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { CommissionList } from './CommissionList';
import { CommissionShow } from './CommissionShow';

export default {
  list: CommissionList,
  show: CommissionShow,
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
