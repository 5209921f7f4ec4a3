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
ENV ARCHIVE_DATA_DIR=/data \
    ARCHIVE_IMPORT_DIR=/app/seed-docs \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
USER communique
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/communique.jar"]
