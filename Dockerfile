# Builds Drillbook from source and runs it on a JRE as an unprivileged user.
#
#   docker build -t drillbook .
#
# Point the container at a PostgreSQL server with SPRING_DATASOURCE_URL,
# SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (docker-compose.yml does).
# Without SPRING_DATASOURCE_URL it starts the embedded PostgreSQL with its
# data in /app/data/postgres, which is lost with the container unless /app/data is a volume.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Maven and the dependencies change less often than the code: resolve them in a layer of
# their own so that a code change does not download them again.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src/ src/
COPY db/ db/
COPY frontend/ frontend/
RUN ./mvnw -B -DskipTests package


FROM eclipse-temurin:17-jre
RUN groupadd --system drillbook \
	&& useradd --system --gid drillbook --home-dir /app --shell /usr/sbin/nologin drillbook \
	&& mkdir /app \
	&& chown drillbook:drillbook /app
WORKDIR /app
COPY --from=build /build/target/drillbook-*.jar /app/drillbook.jar
USER drillbook
EXPOSE 8080
ENTRYPOINT ["java","-jar","/app/drillbook.jar"]
