import { useRoute } from '../../app/router';
import { CustomerScreen } from './CustomerScreen';
import { CustomerSearchScreen } from './search/CustomerSearchScreen';

/** #/customer: lookup with a results grid; #/customer/<nr>: that customer (also where a kcc://customer link lands). */
export default function CustomersArea() {
  const route = useRoute();
  const nr = route.segments[1];
  return nr === undefined ? <CustomerSearchScreen /> : <CustomerScreen key={nr} value={nr} />;
}
