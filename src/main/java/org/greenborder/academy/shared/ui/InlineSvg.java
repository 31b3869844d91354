package org.greenborder.academy.shared.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Server-drawn SVG placed in the page. Not through {@code Html}: that parses the markup as HTML on the server and
 * lower-cases attribute names, and an SVG whose {@code viewBox} became {@code viewbox} no longer scales, it crops.
 * The browser's own parser, given the markup as the holder's inner HTML, keeps SVG attributes as written.
 */
public final class InlineSvg {

    private InlineSvg() {
    }

    public static Div of(String svg) {
        Div holder = new Div();
        holder.getElement().setProperty("innerHTML", svg);
        holder.addClassName("gba-svg");
        return holder;
    }
}
