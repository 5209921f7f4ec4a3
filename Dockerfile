# Communique as a container: built with the Maven wrapper, run on a JRE as an unprivileged user, the
# database and search index in a volume, the seed documents imported on first start.
#   docker build -t communique .
#   docker run -p 8080:8080 -v communique-data:/data -e ARCHIVE_ADMIN_PASSWORD=... communique
ARG BUILD_IMAGE=eclipse-temurin:17-jdk
ARG RUN_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -ntp -DskipTests package

FROM ${RUN_IMAGE}
RUN apt-get update -q \
    && apt-get install -y -q --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin communique \
    && mkdir -p /data \
    && chown communique /data
WORKDIR /app
COPY --from=build /src/target/communique.jar /app/communique.jar
COPY seed-docs/ /app/seed-docs/
# Memory: measured with a 1 GB limit (cgroup v1, 2 cores) and these options, an import of 100,000 generated files
# by the `import` command completed without an OOM kill. The JVM sees the limit, gives the heap 75% (768 MB)
# and, under 1,792 MB, picks the serial collector, which kept the heap at about 220 MB (live data after a full
# collection: 66-80 MB); the process's own memory peaked at 562 MB (metaspace 103 MB, JIT code 64 MB, symbols
# 26 MB); the rest of the limit was page cache (the database and index files), which the kernel reclaims.
# Besides the heap the process holds about 340 MB: a heap touched whole (768 MB) passes the limit and the OOM
# killer ends the import. With -XX:MaxRAMPercentage=60 (614 MB) even that completed: use 60 in a container of
# exactly 1 GB that must never be killed (README, "Measured", Import).
ENV ARCHIVE_DATA_DIR=/data \
    ARCHIVE_IMPORT_DIR=/app/seed-docs \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
USER communique
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/communique.jar"]
