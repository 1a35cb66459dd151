/**
 * The whole-spine view of <rygg-spine-diagram>: the layout from geometry.ts as SVG, with the
 * labels that name the parts. The close-up's counterpart is segment-view.ts. Pure functions of
 * the content and the condition; no element code.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { AnatomyContent, ConditionId } from '@ryggrad/content';
import type { DiagramPart } from './anatomy.js';
import { spineLayout, type Box, type SpineLayout } from './geometry.js';
import { vertebraText } from './plain-text.js';
import { nerveShapes, textAt, type Figure, type Shapes } from './shapes.js';

/** An invisible rectangular target, outlined when the part has focus. */
function boxTarget(box: Box): SVGTemplateResult {
  return svg`<rect class="hit target" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="3"></rect>`;
}

/** The whole spine's drawing for a condition, with a prolapse (if any) at `level`. */
export function spineFigure(content: AnatomyContent, condition: ConditionId, level: string): Figure {
  const layout = spineLayout(condition, level);
  return { width: layout.width, height: layout.height, shapes: spineShapes(content, layout) };
}

/** The shapes of each part of the whole spine. */
function spineShapes(content: AnatomyContent, layout: SpineLayout): (part: DiagramPart) => Shapes {
  const { ui } = content;
  return (part) => {
    const vertebra = layout.vertebrae.find((shape) => shape.label === part.vertebra);
    const region = layout.regions.find((shape) => shape.id === part.structure);
    switch (part.structure) {
      case 'vertebra':
        return vertebra
          ? svg`<path class="hit target" d=${vertebra.hit}></path>
            <path class="bone" d=${vertebra.body}></path>
            <path class="bone" d=${vertebra.arch}></path>
            ${vertebra.spurs ? svg`<path class="bone spur" d=${vertebra.spurs}></path>` : nothing}
            ${textAt('vertebra-label', vertebra.labelAt, 'end', vertebraText(content, vertebra.label))}`
          : nothing;
      case 'disc': {
        const disc = layout.discs.find((shape) => shape.level === part.level);
        return disc
          ? svg`<path class="hit target" d=${disc.hit}></path><path class="disc" d=${disc.path}></path>`
          : nothing;
      }
      case 'sacrum':
        return svg`<path class="bone hit" d=${layout.sacrum.path}></path>
          ${textAt('vertebra-label', layout.sacrum.labelAt, 'end', ui.sacrum)}`;
      case 'spinal-cord':
        return svg`${boxTarget(layout.cordHit)}<path class="canal" d=${layout.canal}></path>
          <path class="cord" d=${layout.cord}></path>
          ${layout.cauda.map((line) => svg`<path class="cauda" d=${line}></path>`)}`;
      case 'nerve-root':
        return layout.prolapse
          ? svg`${boxTarget(layout.prolapse.nerveHit)}${nerveShapes(layout.prolapse.nerveRoot)}`
          : nothing;
      case 'prolapse':
        return layout.prolapse
          ? svg`<circle class="hit target" cx=${layout.prolapse.hit.x} cy=${layout.prolapse.hit.y} r=${layout.prolapse.hit.r}></circle>
            <path class="prolapse" d=${layout.prolapse.path}></path>`
          : nothing;
      default:
        return region
          ? svg`${boxTarget(region.hit)}
            <path class="bracket" d=${region.bracket}></path>
            <text class="region-label" text-anchor="middle" dominant-baseline="central"
              transform="translate(${region.labelAt[0]} ${region.labelAt[1]}) rotate(-90)">${ui.regionCount[region.id]}</text>`
          : nothing;
    }
  };
}
