/**
 * Reads a widget's public API out of custom-elements.json (generated from the widgets' JSDoc).
 * This is the only path from the manifest to the docs' API tables: the tables are never written
 * by hand, so they cannot drift from the code. Pure: no DOM, no fetch.
 *
 * The manifest arrives as JSON, so every field is read defensively: a missing or odd field gives
 * an empty cell, never an exception.
 */

/** One row of the attributes table. */
export interface AttributeRow {
  name: string;
  /** The JavaScript property the attribute sets ('' when it has none). */
  property: string;
  type: string;
  default: string;
  description: string;
  /** The class that declares it, when inherited (for example `RyggElement`). */
  inheritedFrom: string;
}

/** One row of the properties table: public instance (and static) fields. */
export interface PropertyRow {
  name: string;
  /** The attribute that reflects into this property ('' for property-only members such as `rules`). */
  attribute: string;
  type: string;
  default: string;
  description: string;
  readonly: boolean;
  static: boolean;
  inheritedFrom: string;
}

/** One row of the methods table. */
export interface MethodRow {
  name: string;
  /** `toPlainText(): string` */
  signature: string;
  description: string;
  static: boolean;
  inheritedFrom: string;
}

export interface EventRow {
  name: string;
  /** The event's type as written in the JSDoc (for example `CustomEvent<{ tier: Tier }>`), or ''. */
  type: string;
  description: string;
}

/** A CSS custom property, a CSS part or a slot: a name and what it does. */
export interface NamedRow {
  name: string;
  description: string;
  default: string;
}

/** Everything the docs show about one element. */
export interface ElementApi {
  tagName: string;
  className: string;
  summary: string;
  description: string;
  attributes: AttributeRow[];
  properties: PropertyRow[];
  methods: MethodRow[];
  events: EventRow[];
  cssProperties: NamedRow[];
  parts: NamedRow[];
  slots: NamedRow[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function typeText(value: unknown): string {
  return isObject(value) ? text(value.text) : '';
}

function inheritedName(value: unknown): string {
  return isObject(value) ? text(value.name) : '';
}

/** Public members only: the manifest also lists protected and private ones, and `#private` or `_internal` names. */
function isPublic(member: Json): boolean {
  const privacy = text(member.privacy);
  const name = text(member.name);
  return (privacy === '' || privacy === 'public') && name !== '' && !name.startsWith('_') && !name.startsWith('#');
}

/** `rygg-red-flag-checklist` → `RyggRedFlagChecklist`: the project's naming rule for widget classes. */
export function classNameForTag(tagName: string): string {
  return tagName
    .split('-')
    .filter((part) => part !== '')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

interface Found {
  declaration: Json;
  tagName: string;
}

/**
 * Finds the class behind a tag. The manifest names it in three ways, tried in order: a
 * `tagName` on the declaration (from a `@tag` JSDoc line), a `custom-element-definition` export,
 * and — because the widgets register through `RyggX.define(tag)`, which the analyzer does not
 * follow — the class name the project's naming rule gives (`rygg-activity-advice` →
 * `RyggActivityAdvice`).
 */
function findElement(manifest: unknown, tagName: string): Found | undefined {
  if (!isObject(manifest)) return undefined;
  const modules = list(manifest.modules);
  const classes = modules
    .flatMap((module) => list(module.declarations))
    .filter((declaration) => text(declaration.kind) === 'class');

  const byTag = classes.find((declaration) => text(declaration.tagName) === tagName);
  if (byTag) return { declaration: byTag, tagName };

  for (const module of modules) {
    for (const exported of list(module.exports)) {
      if (text(exported.kind) !== 'custom-element-definition' || text(exported.name) !== tagName) continue;
      const className = isObject(exported.declaration) ? text(exported.declaration.name) : '';
      const declaration = classes.find((candidate) => text(candidate.name) === className);
      if (declaration) return { declaration, tagName };
    }
  }

  // By name, a class the analyzer marked as a custom element, or one that extends the widgets' base class.
  const className = classNameForTag(tagName);
  const isWidget = (declaration: Json) =>
    declaration.customElement === true ||
    (isObject(declaration.superclass) && text(declaration.superclass.name) === 'RyggElement');
  const byName = classes.find((declaration) => text(declaration.name) === className && isWidget(declaration));
  return byName ? { declaration: byName, tagName } : undefined;
}

function attributeRows(declaration: Json): AttributeRow[] {
  const seen = new Set<string>();
  const rows: AttributeRow[] = [];
  for (const attribute of list(declaration.attributes)) {
    const name = text(attribute.name);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    rows.push({
      name,
      property: text(attribute.fieldName),
      type: typeText(attribute.type),
      default: text(attribute.default),
      description: text(attribute.description),
      inheritedFrom: inheritedName(attribute.inheritedFrom),
    });
  }
  return rows;
}

function propertyRows(declaration: Json, attributes: AttributeRow[]): PropertyRow[] {
  const attributeOf = new Map(attributes.filter((row) => row.property !== '').map((row) => [row.property, row.name]));
  return list(declaration.members)
    .filter((member) => text(member.kind) === 'field' && isPublic(member))
    .map((member) => {
      const name = text(member.name);
      return {
        name,
        attribute: text(member.attribute) || attributeOf.get(name) || '',
        type: typeText(member.type),
        default: text(member.default),
        description: text(member.description),
        readonly: member.readonly === true,
        static: member.static === true,
        inheritedFrom: inheritedName(member.inheritedFrom),
      };
    });
}

function signature(method: Json): string {
  const parameters = list(method.parameters)
    .map((parameter) => {
      const type = typeText(parameter.type);
      const optional = parameter.optional === true ? '?' : '';
      return `${text(parameter.name)}${optional}${type ? `: ${type}` : ''}`;
    })
    .join(', ');
  const returns = isObject(method.return) ? typeText(method.return.type) : '';
  return `${text(method.name)}(${parameters})${returns ? `: ${returns}` : ''}`;
}

function methodRows(declaration: Json): MethodRow[] {
  return list(declaration.members)
    .filter((member) => text(member.kind) === 'method' && isPublic(member))
    .map((method) => ({
      name: text(method.name),
      signature: signature(method),
      description: text(method.description),
      static: method.static === true,
      inheritedFrom: inheritedName(method.inheritedFrom),
    }));
}

/**
 * Documented events only. Besides the `@fires` tags, the analyzer reports every
 * `dispatchEvent(new CustomEvent(x))` it finds in code — including the base class's generic
 * `emit(name, …)` helper, which it lists as an event called "name". A real event of a widget
 * carries a `@fires` description; a row without one is not part of the API.
 */
function eventRows(declaration: Json): EventRow[] {
  const rows = new Map<string, EventRow>();
  for (const event of list(declaration.events)) {
    const name = text(event.name);
    const description = text(event.description);
    if (name === '' || description === '') continue;
    const type = typeText(event.type);
    const earlier = rows.get(name);
    rows.set(name, { name, type: type || earlier?.type || '', description: earlier?.description || description });
  }
  return [...rows.values()];
}

function namedRows(value: unknown): NamedRow[] {
  const rows = new Map<string, NamedRow>();
  for (const item of list(value)) {
    const name = text(item.name);
    if (name === '' || rows.has(name)) continue;
    rows.set(name, { name, description: text(item.description), default: text(item.default) });
  }
  return [...rows.values()];
}

/**
 * The public API of the element registered as `tagName`, or undefined when the manifest does not
 * describe it (yet). Rows keep the manifest's order: the widget's own members first, then those
 * it inherits from `RyggElement`.
 */
export function elementApi(manifest: unknown, tagName: string): ElementApi | undefined {
  const found = findElement(manifest, tagName);
  if (!found) return undefined;
  const { declaration } = found;
  const attributes = attributeRows(declaration);
  return {
    tagName: found.tagName,
    className: text(declaration.name),
    summary: text(declaration.summary),
    description: text(declaration.description),
    attributes,
    properties: propertyRows(declaration, attributes),
    methods: methodRows(declaration),
    events: eventRows(declaration),
    cssProperties: namedRows(declaration.cssProperties),
    parts: namedRows(declaration.cssParts),
    slots: namedRows(declaration.slots),
  };
}

/** A piece of a description: plain text, or `code` written between backticks in the JSDoc. */
export interface TextPiece {
  code: boolean;
  text: string;
}

/** Splits a JSDoc description at backticks so the renderer can set code in `<code>` (never as HTML). */
export function descriptionPieces(description: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const parts = description.replace(/\s*\n\s*/g, ' ').split('`');
  // An odd number of backticks leaves the last part unclosed: show it as plain text.
  const closed = parts.length % 2 === 1;
  parts.forEach((part, index) => {
    const code = index % 2 === 1 && (closed || index < parts.length - 1);
    const piece = code ? part : index % 2 === 1 ? `\`${part}` : part;
    if (piece === '') return;
    const previous = pieces[pieces.length - 1];
    if (previous?.code === code) previous.text += piece;
    else pieces.push({ code, text: piece });
  });
  return pieces;
}
