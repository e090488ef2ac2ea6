package io.sluice.model.internal.migration;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import io.sluice.model.resource.FormatException;

/**
 * The migration chain run on a .sluice file's bytes before EMF reads them. A file at the current
 * version passes through untouched (one SAX pass that stops at the root element); an older one is
 * read into a DOM, upgraded one version at a time and written back; a newer one is refused.
 * A file without {@code formatVersion} is version 1.
 */
public final class Migrations {

  /** The version {@code SluiceModel.save} writes. */
  public static final int CURRENT_VERSION = 2;
  /** DOM user-data key holding an element's line in the original file. */
  public static final String LINE = "sluice.line"; //$NON-NLS-1$

  private static final List<Migration> CHAIN = List.of(new MigrationV1ToV2());

  private Migrations() {
  }

  /** Result of {@link #upgrade}: the bytes EMF should load and the version the file had. */
  public record Upgraded(byte[] bytes, int fromVersion) {
  }

  public static Upgraded upgrade(byte[] bytes, String location) throws FormatException {
    RootInfo root = readRoot(bytes, location);
    int version;
    if (root.version == null) {
      version = 1;
    } else {
      try {
        version = Integer.parseInt(root.version.strip());
      } catch (NumberFormatException e) {
        throw new FormatException("formatVersion \"" + root.version + "\" is not a number", location, root.line, root.column); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    if (version > CURRENT_VERSION) {
      throw new FormatException("formatVersion " + version + " is newer than this Sluice supports (" + CURRENT_VERSION //$NON-NLS-1$ //$NON-NLS-2$
          + "); open it with a newer Sluice", location, root.line, root.column); //$NON-NLS-1$
    }
    if (version < 1) {
      throw new FormatException("formatVersion " + version + " is not a valid version", location, root.line, root.column); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (version == CURRENT_VERSION) {
      return new Upgraded(bytes, version);
    }
    Document doc = parseWithLines(bytes, location);
    for (Migration m : CHAIN) {
      if (m.fromVersion() >= version) {
        m.migrate(doc, location);
      }
    }
    doc.getDocumentElement().setAttribute("formatVersion", Integer.toString(CURRENT_VERSION)); //$NON-NLS-1$
    return new Upgraded(write(doc), version);
  }

  public static int lineOf(Node node) {
    Object line = node.getUserData(LINE);
    return line instanceof Integer i ? i : 0;
  }

  private record RootInfo(String version, int line, int column) {
  }

  private static final class StopParsing extends SAXException {
    private static final long serialVersionUID = 1L;
    final transient RootInfo info;

    StopParsing(RootInfo info) {
      this.info = info;
    }
  }

  private static RootInfo readRoot(byte[] bytes, String location) throws FormatException {
    DefaultHandler handler = new DefaultHandler() {
      private Locator locator;

      @Override
      public void setDocumentLocator(Locator l) {
        locator = l;
      }

      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        throw new StopParsing(new RootInfo(atts.getValue("", "formatVersion"), locator.getLineNumber(), locator.getColumnNumber())); //$NON-NLS-1$ //$NON-NLS-2$
      }
    };
    try {
      newSaxParser().parse(new InputSource(new ByteArrayInputStream(bytes)), handler);
    } catch (StopParsing stop) {
      return stop.info;
    } catch (SAXParseException e) {
      throw notXml(e, location);
    } catch (SAXException | IOException e) {
      throw new FormatException("not a readable XML file: " + e.getMessage(), location, 0, 0); //$NON-NLS-1$
    }
    throw new FormatException("the file has no root element", location, 0, 0); //$NON-NLS-1$
  }

  static FormatException notXml(SAXParseException e, String location) {
    return new FormatException("not well-formed XML: " + e.getMessage(), location, e.getLineNumber(), e.getColumnNumber()); //$NON-NLS-1$
  }

  private static SAXParser newSaxParser() throws FormatException {
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return f.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("XML parser unavailable", e); //$NON-NLS-1$
    }
  }

  /** Builds a namespace-aware DOM whose elements carry their start line as user data {@link #LINE}. */
  private static Document parseWithLines(byte[] bytes, String location) throws FormatException {
    Document doc;
    try {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setNamespaceAware(true);
      doc = dbf.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("DOM unavailable", e); //$NON-NLS-1$
    }
    DefaultHandler handler = new DefaultHandler() {
      private final Deque<Node> stack = new ArrayDeque<>(List.of(doc));
      private Locator locator;
      private final StringBuilder text = new StringBuilder();

      @Override
      public void setDocumentLocator(Locator l) {
        locator = l;
      }

      private void flush() {
        if (text.length() > 0) {
          stack.peek().appendChild(doc.createTextNode(text.toString()));
          text.setLength(0);
        }
      }

      @Override
      public void startElement(String uri, String localName, String qName, Attributes atts) {
        flush();
        Element e = doc.createElementNS(uri.isEmpty() ? null : uri, qName);
        for (int i = 0; i < atts.getLength(); i++) {
          String an = atts.getQName(i);
          String auri = atts.getURI(i);
          if (an.equals("xmlns") || an.startsWith("xmlns:")) { //$NON-NLS-1$ //$NON-NLS-2$
            e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, an, atts.getValue(i));
          } else {
            e.setAttributeNS(auri.isEmpty() ? null : auri, an, atts.getValue(i));
          }
        }
        e.setUserData(LINE, locator.getLineNumber(), null);
        stack.peek().appendChild(e);
        stack.push(e);
      }

      @Override
      public void endElement(String uri, String localName, String qName) {
        flush();
        stack.pop();
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        text.append(ch, start, length);
      }

      @Override
      public void ignorableWhitespace(char[] ch, int start, int length) {
        text.append(ch, start, length);
      }
    };
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://xml.org/sax/features/namespace-prefixes", true); //$NON-NLS-1$
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
      f.newSAXParser().parse(new InputSource(new ByteArrayInputStream(bytes)), handler);
    } catch (SAXParseException e) {
      throw notXml(e, location);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new FormatException("not a readable XML file: " + e.getMessage(), location, 0, 0); //$NON-NLS-1$
    }
    return doc;
  }

  private static byte[] write(Document doc) {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8"); //$NON-NLS-1$
      // Written by hand with its line break, so that (migrations inserting no line breaks) every
      // element stays on its original line and EMF's messages point at the file the user has.
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes"); //$NON-NLS-1$
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)); //$NON-NLS-1$
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialize a migrated document", e); //$NON-NLS-1$
    }
  }
}
