import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TicketUrl, TicketUrlOrNone } from '../../../shared/schemas';
import { ticketHref } from '../../../shared/ticket-url';

describe('ticketHref', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/{ticket}', '1042', 'https://acme.zendesk.com/agent/tickets/1042'],
    ['https://acme.zendesk.com/agent/tickets/{ticket}', 'K 6/#?', 'https://acme.zendesk.com/agent/tickets/K%206%2F%23%3F'],
    ['https://help.test/t?id={ticket}&again={ticket}', 'a&b=c', 'https://help.test/t?id=a%26b%3Dc&again=a%26b%3Dc'],
    ['https://help.test/{ticket}', 'è', 'https://help.test/%C3%A8'],
  ])('puts the ticket into %s, URL-encoded', (template, ticket, href) => {
    expect(ticketHref(template, ticket)).toBe(href);
  });
});

describe('TicketUrl', () => {
  it.each(['https://acme.zendesk.com/agent/tickets/{ticket}', 'http://localhost:8080/#/ticket/{ticket}', '  https://x.test/{ticket}  '])('accepts %s', (url) => {
    expect(v.safeParse(TicketUrl, url).success).toBe(true);
  });

  it.each([
    ['no {ticket}', 'https://acme.zendesk.com/agent/tickets/'],
    ['no scheme', 'acme.zendesk.com/{ticket}'],
    ['javascript', 'javascript:alert(1)//{ticket}'],
    ['another scheme', 'ftp://x.test/{ticket}'],
    ['a space', 'https://x .test/{ticket}'],
    ['too long', `https://x.test/${'a'.repeat(500)}{ticket}`],
    ['empty', ''],
  ])('refuses %s', (_, url) => {
    expect(v.safeParse(TicketUrl, url).success).toBe(false);
  });

  it('takes "" as none in a settings change, and refuses the rest alike', () => {
    expect(v.parse(TicketUrlOrNone, ' ')).toBe('');
    expect(v.safeParse(TicketUrlOrNone, 'https://x.test/').success).toBe(false);
  });
});
