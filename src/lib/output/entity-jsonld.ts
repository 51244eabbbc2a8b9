/** schema.org JSON-LD for an entity page: Person, Organization or Place, with every right spelling as alternateName. */
import type { Entity } from '../../schema/index.ts';

const TYPES = { person: 'Person', organisation: 'Organization', 'military-unit': 'Organization', institution: 'Organization', place: 'Place' } as const;

export function entityJsonLd(entity: Entity, pageUrl: string): Record<string, unknown> {
  // A wrong spelling is not a name of the entity; it stays searchable on the page, not claimed here.
  const alternateName = [...new Set(entity.names.filter((n) => !n.wrong).map((n) => n.name))];
  return {
    '@context': 'https://schema.org',
    '@type': TYPES[entity.kind],
    '@id': pageUrl,
    url: pageUrl,
    name: entity.name,
    ...(alternateName.length ? { alternateName } : {}),
    description: entity.pseudonym ? `${entity.description} (A name given by the reporting, not the person's real name.)` : entity.description,
  };
}
