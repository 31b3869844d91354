# syntax=docker/dockerfile:1
# Green Border Academy: build the production jar (Vaadin's pre-compiled production bundle, no node/npm),
# then run it on a JRE as a non-root user. Written for Docker/Podman; no container engine runs on the
# machines this project is developed on, so it has not been built there (see README).

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -Pproduction -DskipTests package \
 && cp target/green-border-academy-*.jar /build/app.jar

# fontconfig: Java's font system (charts of the needs dashboard and report measure their labels with it)
FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl fontconfig \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system gba && useradd --system --gid gba --home-dir /app --shell /usr/sbin/nologin gba \
 && mkdir -p /app/data && chown -R gba:gba /app
WORKDIR /app
COPY --from=build --chown=gba:gba /build/app.jar /app/app.jar
USER gba
ENV PORT=8080 \
    GBA_DATA_DIR=/app/data \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health" || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar"]
