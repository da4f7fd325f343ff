// Inputs about people: sign-in, the first-run admin with its setup code, new users, changes to a
// user (role, sites, disabled, password) and changing one's own password.
import * as v from 'valibot';
import { ROLES } from '../api';
import { JsonObject, Slug } from './common';

const Email = v.pipe(v.string('Must be a string'), v.trim(), v.maxLength(254), v.email('Must be an email address'), v.toLowerCase());

export const Credentials = JsonObject(
  v.object({
    email: Email,
    password: v.pipe(v.string('Must be a string'), v.minLength(1, 'Enter the password'), v.maxLength(1024)),
  }),
);

export const NewPassword = v.pipe(v.string('Must be a string'), v.minLength(12, 'Use at least 12 characters'), v.maxLength(1024));

export const RoleName = v.picklist(ROLES, 'Must be "admin", "responder" or "viewer"');

/** The sites a person may see: null (or absent on creation) for every site. */
const Sites = v.nullable(v.pipe(v.array(Slug, 'Must be a list of sites'), v.minLength(1, 'Give at least one site, or null for every site'), v.maxLength(100)));

/** The first admin: also the one-time setup code (letters and digits; spaces and dashes are ignored). */
export const SetupBody = JsonObject(
  v.object({
    email: Email,
    password: NewPassword,
    setupCode: v.optional(v.pipe(v.string('Must be a string'), v.maxLength(64))),
  }),
);

export const NewUser = JsonObject(
  v.object({
    email: Email,
    password: NewPassword,
    role: RoleName,
    sites: v.optional(Sites),
  }),
);

export const UserPatch = JsonObject(
  v.pipe(
    v.object({
      role: v.optional(RoleName),
      sites: v.optional(Sites),
      disabled: v.optional(v.boolean('Must be true or false')),
      password: v.optional(NewPassword),
    }),
    v.check((p) => Object.values(p).some((x) => x !== undefined), 'Change at least one of role, sites, disabled, password'),
  ),
);

export const PasswordChange = JsonObject(
  v.object({
    current: v.pipe(v.string('Must be a string'), v.minLength(1, 'Enter your current password'), v.maxLength(1024)),
    password: NewPassword,
  }),
);
