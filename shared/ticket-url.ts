// A ticket's address in the helpdesk, from the site's `ticketUrl` template (shared/schemas/site.ts).

/** The template with every `{ticket}` replaced by the URL-encoded ticket ID. */
export function ticketHref(template: string, ticket: string): string {
  return template.replaceAll('{ticket}', encodeURIComponent(ticket));
}
