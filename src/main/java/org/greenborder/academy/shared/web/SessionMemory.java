package org.greenborder.academy.shared.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * How much memory the users' sessions hold, for an administrator sizing a server:
 * {@code GET /actuator/uimemory?gc=true} (HTTP Basic, administrators only) gives the open HTTP sessions, the live
 * Vaadin UIs and the heap in use, after a forced full collection when asked. Measured with no users and with N,
 * the difference over N is the memory per session.
 */
@Component
@Endpoint(id = "uimemory")
public class SessionMemory implements VaadinServiceInitListener, HttpSessionListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.decrementAndGet();
    }

    public int sessions() {
        return sessions.get();
    }

    public int uis() {
        return uis.get();
    }

    /** @param gc whether to force a full collection first, so that the heap figure is what is live */
    @ReadOperation
    public Map<String, Object> memory(@Nullable Boolean gc) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("sessions", sessions.get());
        result.put("uis", uis.get());
        result.put("heapUsedBytes", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        if (Boolean.TRUE.equals(gc)) {
            // two collections: the first may only finish concurrent work or run finalisation
            System.gc();
            System.gc();
            result.put("heapUsedAfterGcBytes", liveHeapAfterCollection());
        }
        return result;
    }

    /** The heap pools' usage as the last collection left them (the live data), else the heap in use now. */
    private static long liveHeapAfterCollection() {
        long total = 0;
        boolean known = false;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null) {
                total += afterGc.getUsed();
                known = true;
            }
        }
        return known ? total : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
