import UploadFileIcon from '@mui/icons-material/UploadFile';
import { MemberImportList } from './MemberImportList';
import { MemberImportShow } from './MemberImportShow';

export default {
  list: MemberImportList,
  show: MemberImportShow,
  icon: UploadFileIcon,
  recordRepresentation: 'fileName',
};
