/**
 * How one search result is shown (Pagefind Component UI template syntax). A claim shows its
 * status badge, claimant and date, from the metadata set by src/lib/search/meta.ts; a long
 * report lists the sections (headings with ids) where the words were found.
 * {{ }} escapes; {{+ +}} inserts Pagefind's excerpt, whose only markup is <mark>.
 */
export const RESULT_TEMPLATE = `
<li class="search-result">
  <p class="search-result-kind">{{ meta.type }}{{#if meta.kind}} · {{ meta.kind }}{{/if}}{{#if meta.outlet}} · {{ meta.outlet }}{{/if}}</p>
  <h2 class="search-result-title"><a href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></h2>
  <p class="search-result-meta">
    {{#if meta.status}}<span class="badge badge-{{ meta.status_id }}"><span class="badge-symbol" aria-hidden="true">{{ meta.status_symbol }}</span> {{ meta.status }}</span>{{/if}}
    {{#if meta.claimant}}<span>Said by {{ meta.claimant }}</span>{{/if}}
    {{#if meta.date}}<span>{{ meta.date }}</span>{{/if}}
  </p>
  {{#if excerpt}}<p class="search-result-excerpt">{{+ excerpt +}}</p>{{/if}}
  {{#if sub_results}}
  <ul class="search-result-sections">
    {{#each sub_results as sub}}<li><a href="{{ sub.url | safeUrl }}">{{ sub.title }}</a> <span class="search-result-excerpt">{{+ sub.excerpt +}}</span></li>{{/each}}
  </ul>
  {{/if}}
</li>
`.trim();

/**
 * What stands in a result's place until its data arrives: the same box, so drawing the
 * result does not move the ones below it (no layout shift). Hidden from screen readers.
 */
export const PLACEHOLDER_TEMPLATE = `
<li class="search-placeholder" aria-hidden="true">
  <p class="search-result-kind">&nbsp;</p>
  <p class="search-result-title">&nbsp;</p>
  <p class="search-result-meta">&nbsp;</p>
  <p class="search-result-excerpt">&nbsp;<br>&nbsp;</p>
</li>
`.trim();
