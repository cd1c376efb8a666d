import GavelIcon from '@mui/icons-material/FamilyRestroom';
import { DeclarationCreate } from './DeclarationCreate';
import { DeclarationEdit } from './DeclarationEdit';
import { DeclarationList } from './DeclarationList';

export default {
  list: DeclarationList,
  create: DeclarationCreate,
  edit: DeclarationEdit,
  icon: GavelIcon,
  recordRepresentation: 'relativeName',
};
