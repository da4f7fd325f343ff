// What the signed-in person may do, to show only the controls the API will accept: the same rules
// (shared/api.ts) that the worker's middleware/session enforces.
import { isOwner, worksFollowUps as roleWorksFollowUps, type Me, type Role } from '../../../shared/api';

export { isOwner };

/** Changes a site's settings, keys and surveys (of the sites they have). */
export const isAdmin = (me: Me): boolean => me.role === 'admin';

/** Changes a follow-up's status, owner and note. */
export const worksFollowUps = (me: Me): boolean => roleWorksFollowUps(me.role);

export const ROLE_INFO: Record<Role, { label: string; about: string }> = {
  admin: {
    label: 'Admin',
    about:
      'Changes settings, API keys and surveys of their sites; an admin of all sites also manages people and sites.',
  },
  responder: {
    label: 'Responder',
    about: 'Reads everything on their sites and works the follow-up inbox: status, owner and note.',
  },
  viewer: { label: 'Viewer', about: 'Reads everything on their sites and changes nothing.' },
};

/** "All sites" or "acme, globex". */
export function sitesText(sites: string[] | null): string {
  return sites === null ? 'All sites' : sites.join(', ');
}
