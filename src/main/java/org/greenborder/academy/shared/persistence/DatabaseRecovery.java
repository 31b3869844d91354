package org.greenborder.academy.shared.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.greenborder.academy.shared.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a transactional call (a service command or query) fails because the database cannot be reached, every pooled connection opened before is
 * dropped (idle ones at once, those in use when they are returned). The pool checks an idle connection before
 * lending it, but not one used in the last half second (HikariCP's "alive bypass window"), so after a database
 * that restarts quickly the first retry could otherwise get a dead connection and fail once more. With the pool
 * emptied, the first action after the database is back gets a new connection.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRecovery {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRecovery.class);

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor dropConnectionsWhenTheDatabaseIsUnreachable(ObjectProvider<DataSource> dataSource) {
        MethodInterceptor interceptor = invocation -> {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causedBy(e)) {
                    dropConnections(dataSource.getIfAvailable());
                }
                throw e;
            }
        };
        // only what is transactional, and so proxied anyway: no bean gets a proxy it did not have before
        Pointcut transactional = new ComposablePointcut(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class))
                .union(new AnnotationMatchingPointcut(Transactional.class, true));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, interceptor);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE); // around the transaction, so a failed commit counts too
        return advisor;
    }

    private static void dropConnections(DataSource dataSource) {
        try {
            if (dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                if (pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                    log.warn("The database could not be reached; the connections opened before are dropped");
                }
            }
        } catch (SQLException e) {
            log.warn("Could not drop the pooled connections: {}", e.getMessage());
        }
    }
}
