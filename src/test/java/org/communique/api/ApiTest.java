package org.communique.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.communique.ArchiveHttp;
import org.communique.ArchiveTest;
import org.communique.SeedArchive;
import org.communique.importer.Importer;
import org.communique.statement.Statements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over the five seeds: its shapes, its problem details, CORS, its description. */
@ArchiveTest
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Importer importer;

    @Autowired
    Statements statements;

    @LocalServerPort
    int port;

    private ArchiveHttp http;

    @BeforeEach
    void seeds() {
        SeedArchive.load(importer);
        http = new ArchiveHttp(port);
    }

    @Test
    void aSearchGivesItemsPageSizeTotalAndFacets() throws Exception {
        JsonNode page = json("/api/statements?q=Peshmerga");
        assertThat(names(page)).containsExactly("items", "page", "size", "total", "facets");
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        JsonNode item = page.get("items").get(0);
        assertThat(names(item)).containsExactly("id", "url", "title", "date", "dateEnd", "type", "parties", "officials",
                "publisher", "highlights");
        assertThat(item.get("url").asString()).startsWith("http://localhost:" + port + "/statements/" + item.get("id").asLong() + "-");
        assertThat(item.get("highlights").get(0).asString()).containsIgnoringCase("<mark>Peshmerga</mark>");
        assertThat(names(page.get("facets"))).containsExactly("party", "official", "type", "publisher", "year");
        JsonNode iraq = facetValue(page, "party", "IQ");
        assertThat(iraq.get("count").asLong()).isEqualTo(2);
        assertThat(iraq.get("label").asString()).isEqualTo("Iraq");
        assertThat(iraq.get("link").asString()).startsWith("/api/statements?").contains("party=IQ");
    }

    @Test
    void theListWithoutWordsIsNewestFirst() throws Exception {
        JsonNode page = json("/api/statements");
        assertThat(page.get("total").asLong()).isEqualTo(statements.count());
        List<String> dates = new ArrayList<>();
        page.get("items").forEach(i -> dates.add(i.get("date").asString()));
        assertThat(dates.get(0)).startsWith("2024");
    }

    /** {@code size} sets how many statements a page gives; the pages then follow one another without a gap. */
    @Test
    void sizeSetsHowManyStatementsAPageGives() throws Exception {
        long total = statements.count();
        JsonNode first = json("/api/statements?size=2");
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("total").asLong()).isEqualTo(total);
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page * 2 < total; page++) {
            json("/api/statements?size=2&page=" + page).get("items").forEach(i -> paged.add(i.get("id").asLong()));
        }
        List<Long> whole = new ArrayList<>();
        json("/api/statements?size=100").get("items").forEach(i -> whole.add(i.get("id").asLong()));
        assertThat(paged).hasSize((int) total).containsExactlyElementsOf(whole);
        assertThat(json("/api/statements?q=Peshmerga&size=1").get("items")).hasSize(1);
    }

    @Test
    void oneStatementCarriesEveryFieldOfTheExtractJsonWithIdUrlAndSource() throws Exception {
        long id = statements.findBySourcePath("000_10cd8ee5ffed7d6e.txt").orElseThrow().getId();
        JsonNode statement = json("/api/statements/" + id);
        assertThat(names(statement)).contains("id", "url", "file", "title", "titleDerived", "date", "dateEnd", "dateBasis",
                "type", "parties", "officials", "quotes", "publisher", "sourceUrl", "body", "warnings", "source");
        assertThat(statement.get("title").asString()).isEqualTo("Joint Statement on the U.S.-Iraq Strategic Dialogue");
        assertThat(statement.get("date").asString()).isEqualTo("2021-07-26");
        assertThat(statement.get("type").asString()).isEqualTo("joint-statement");
        assertThat(statement.get("dateBasis").asString()).isIn("published", "event");
        assertThat(statement.get("parties").toString()).contains("\"US\"", "\"IQ\"");
        JsonNode official = statement.get("officials").get(0);
        assertThat(names(official)).contains("name", "role", "country", "mentions");
        assertThat(statement.get("body").asString()).contains("Peshmerga").doesNotContain("Lempert");
        JsonNode source = statement.get("source");
        assertThat(source.get("path").asString()).isEqualTo("000_10cd8ee5ffed7d6e.txt");
        assertThat(source.get("sha256").asString()).hasSize(64);
        assertThat(names(source)).contains("sizeBytes", "mediaType", "charset", "importedAt", "extractorVersion");
    }

    @Test
    void officialsAndTimeline() throws Exception {
        JsonNode officials = json("/api/officials");
        JsonNode blinken = null;
        for (JsonNode o : officials) {
            if (o.get("slug").asString().equals("antony-blinken")) {
                blinken = o;
            }
        }
        assertThat(blinken).isNotNull();
        assertThat(blinken.get("statements").asLong()).isEqualTo(3);
        JsonNode one = json("/api/officials/antony-blinken");
        assertThat(one.get("aliases").toString()).contains("Anthony Blinken");
        assertThat(one.get("statements").asLong()).isEqualTo(3);
        JsonNode timeline = json("/api/timeline");
        assertThat(timeline.get("total").asLong()).isEqualTo(statements.count());
        long sum = 0;
        for (JsonNode month : timeline.get("months")) {
            sum += month.get("count").asLong();
        }
        assertThat(sum).isEqualTo(statements.count());
    }

    @Test
    void badParametersAreProblemDetailsNamingTheParameter() throws Exception {
        for (String[] bad : new String[][] {{"from=2021-13", "from"}, {"page=-1", "page"}, {"page=x", "page"},
                {"type=memo", "type"}, {"to=2020&from=2021", "to"}, {"sort=sideways", "sort"}, {"party=Narnia", "party"},
                {"size=0", "size"}, {"size=101", "size"}, {"size=abc", "size"}, {"size=-3", "size"}}) {
            HttpResponse<String> response = get("/api/statements?" + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("parameter").asString()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(problem.get("detail").asString()).as(bad[0]).contains(bad[1]);
            assertThat(problem.get("title").asString()).isNotBlank();
        }
    }

    @Test
    void aPartyMayBeGivenByAnyNameOrCode() throws Exception {
        long byCode = json("/api/statements?party=US").get("total").asLong();
        assertThat(byCode).isPositive();
        assertThat(json("/api/statements?party=USA").get("total").asLong()).isEqualTo(byCode);
        assertThat(json("/api/statements?party=United+States").get("total").asLong()).isEqualTo(byCode);
        assertThat(JSON.readTree(get("/api/statements?party=Narnia").body()).get("detail").asString())
                .contains("There is no party called 'Narnia'");
    }

    @Test
    void whatDoesNotExistIsA404ProblemDetail() throws Exception {
        HttpResponse<String> response = get("/api/statements/987654");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("987654");
        assertThat(get("/api/officials/nobody-of-that-name").statusCode()).isEqualTo(404);
    }

    @Test
    void anyOriginMayReadTheApi() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/api/statements"))
                .header("Origin", "https://notebook.example.org"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(http.uri("/api/statements"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://notebook.example.org")
                .header("Access-Control-Request-Method", "GET"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        JsonNode docs = json("/api/docs");
        assertThat(docs.get("openapi").asString()).startsWith("3.");
        assertThat(docs.get("info").get("title").asString()).isEqualTo("Communique API");
        assertThat(names(docs.get("paths"))).contains("/api/statements", "/api/statements/{id}", "/api/officials",
                "/api/officials/{slug}", "/api/timeline");
        JsonNode badRequest = docs.get("paths").get("/api/statements").get("get").get("responses").get("400");
        assertThat(names(badRequest.get("content"))).containsExactly("application/problem+json");
        assertThat(badRequest.get("content").get("application/problem+json").get("schema").get("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(names(docs.get("components").get("schemas").get("Problem").get("properties")))
                .contains("title", "status", "detail", "parameter");
    }

    @Test
    void theReferencePageShowsEveryOperationOfTheDescriptionWithNothingInline() throws Exception {
        JsonNode docs = json("/api/docs");
        HttpResponse<String> response = http.get("/api/docs/ui", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Communique API version 1");
        assertThat(page.select("a[href=/api/docs]")).isNotEmpty();
        List<String> shown = page.select(".api-operation h2").eachText();
        for (String path : names(docs.get("paths"))) {
            for (String method : names(docs.get("paths").get(path))) {
                assertThat(shown).as("the reference page's operations").contains(method.toUpperCase() + " " + path);
            }
        }
        assertThat(page.select(".api-schema h3").eachText()).containsAll(names(docs.get("components").get("schemas")));
        for (org.jsoup.nodes.Element link : page.select("a[href^=#]")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertThat(page.select("script:not([src]), style, [style]")).as("inline scripts and styles").isEmpty();
        assertThat(page.getElementById("invalid-parameter")).isNotNull();
        assertThat(http.get("/api/docs.yaml", "application/vnd.oai.openapi").body()).contains("title: Communique API");
    }

    private JsonNode facetValue(JsonNode page, String facet, String value) {
        for (JsonNode v : page.get("facets").get(facet)) {
            if (v.get("value").asString().equals(value)) {
                return v;
            }
        }
        throw new AssertionError("no " + facet + " " + value + " in " + page.get("facets"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.get(path, "application/json");
    }

}
