package org.greenborder.academy.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Noto fonts the PDFs embed, served to browsers too (under /webfonts/, public, cached for a year): the
 * stylesheet offers them for Lao, Thai, Khmer and Myanmar text only (unicode-range), so a browser downloads one only
 * when a page shows such a name and the device has no font for it. Names then read the same on the screen, on
 * the public verification page a stranger opens on a phone, and on paper. Chinese is left to the device's fonts
 * (every phone and desktop has them; the bundled subset is 5 MB).
 */
@Configuration
class WebFonts implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webfonts/**")
                .addResourceLocations("classpath:/fonts/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
    }
}
