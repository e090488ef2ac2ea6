package io.sluice.model.internal.migration;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.sluice.model.resource.FormatException;

/**
 * Format 1 to 2.
 * <ul>
 * <li>Steps were named by a {@code label} attribute; it is now {@code name}.</li>
 * <li>Steps and notes kept their layout in one attribute {@code bounds="x,y,width,height"}; it is now a
 * contained {@code <layout x=".." y=".." width=".." height=".."/>} element, so that moving a step
 * changes only its layout line.</li>
 * </ul>
 */
final class MigrationV1ToV2 implements Migration {

  @Override
  public int fromVersion() {
    return 1;
  }

  @Override
  public void migrate(Document doc, String location) throws FormatException {
    Element root = doc.getDocumentElement();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ("steps".equals(e.getLocalName()) || "notes".equals(e.getLocalName()))) { //$NON-NLS-1$ //$NON-NLS-2$
        if (e.hasAttribute("label")) { //$NON-NLS-1$
          if ("steps".equals(e.getLocalName()) && !e.hasAttribute("name")) { //$NON-NLS-1$ //$NON-NLS-2$
            e.setAttribute("name", e.getAttribute("label")); //$NON-NLS-1$ //$NON-NLS-2$
          }
          e.removeAttribute("label"); //$NON-NLS-1$
        }
        if (e.hasAttribute("bounds")) { //$NON-NLS-1$
          String[] parts = e.getAttribute("bounds").split(",", -1); //$NON-NLS-1$ //$NON-NLS-2$
          int[] v = new int[4];
          if (parts.length != 4) {
            throw bad(e, location);
          }
          for (int i = 0; i < 4; i++) {
            try {
              v[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException ex) {
              throw bad(e, location);
            }
          }
          e.removeAttribute("bounds"); //$NON-NLS-1$
          Element layout = doc.createElementNS(null, "layout"); //$NON-NLS-1$
          layout.setAttribute("x", Integer.toString(v[0])); //$NON-NLS-1$
          layout.setAttribute("y", Integer.toString(v[1])); //$NON-NLS-1$
          layout.setAttribute("width", Integer.toString(v[2])); //$NON-NLS-1$
          layout.setAttribute("height", Integer.toString(v[3])); //$NON-NLS-1$
          e.insertBefore(layout, e.getFirstChild());
        }
      }
    }
  }

  private static FormatException bad(Element e, String location) {
    return new FormatException(
        "bounds=\"" + e.getAttribute("bounds") + "\" is not four integers x,y,width,height", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        location, Migrations.lineOf(e), 0);
  }
}
