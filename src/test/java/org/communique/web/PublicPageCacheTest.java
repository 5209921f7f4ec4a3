package org.communique.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.communique.cluster.ArchiveVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

/** Readers asking at once for a page not kept yet cost one render, not one each. */
class PublicPageCacheTest {

    private final ArchiveVersion archive = mock(ArchiveVersion.class);
    private final PublicPageCache cache;
    private final AtomicInteger renders = new AtomicInteger();
    private final CountDownLatch rendering = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);

    @SuppressWarnings("unchecked")
    PublicPageCacheTest() {
        ObjectProvider<ArchiveVersion> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(archive);
        when(archive.current()).thenReturn(7L);
        when(archive.changedAt(anyLong())).thenReturn(0L);
        cache = new PublicPageCache(provider);
    }

    /** A render that holds until the test lets it finish, answering {@code status}. */
    private FilterChain slowRender(int status) {
        return (request, response) -> {
            renders.incrementAndGet();
            rendering.countDown();
            try {
                finish.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(status);
            http.setContentType("text/html;charset=UTF-8");
            http.getWriter().write("the search page");
        };
    }

    private MockHttpServletResponse get(FilterChain chain) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/statements");
        request.setQueryString("q=energy+grid");
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            cache.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    /** Starts a second request for the same page and waits until it waits for the first one's render. */
    private Thread secondRequestWaiting(FilterChain chain, MockHttpServletResponse[] answer) throws InterruptedException {
        Thread second = new Thread(() -> answer[0] = get(chain));
        second.start();
        while (second.getState() != Thread.State.TIMED_WAITING && second.isAlive()) {
            Thread.onSpinWait();
        }
        return second;
    }

    /** Two readers asking for the same page at once, the second while the first's render runs: their answers. */
    private MockHttpServletResponse[] twoReadersAtOnce(FilterChain chain) throws InterruptedException {
        MockHttpServletResponse[] answers = new MockHttpServletResponse[2];
        Thread leader = new Thread(() -> answers[0] = get(chain));
        leader.start();
        assertThat(rendering.await(30, TimeUnit.SECONDS)).isTrue();
        MockHttpServletResponse[] second = new MockHttpServletResponse[1];
        Thread follower = secondRequestWaiting(chain, second);

        finish.countDown();
        leader.join(30_000);
        follower.join(30_000);
        answers[1] = second[0];
        return answers;
    }

    @Test
    void readersAskingAtOnceForAPageNotKeptShareOneRender() throws Exception {
        FilterChain chain = slowRender(200);
        MockHttpServletResponse[] answers = twoReadersAtOnce(chain);
        MockHttpServletResponse[] first = {answers[0]};
        MockHttpServletResponse[] second = {answers[1]};

        assertThat(renders).hasValue(1);
        assertThat(first[0].getContentAsString(StandardCharsets.UTF_8)).isEqualTo("the search page");
        assertThat(second[0].getStatus()).isEqualTo(200);
        assertThat(second[0].getContentAsString(StandardCharsets.UTF_8)).isEqualTo("the search page");
        assertThat(get(chain).getContentAsString(StandardCharsets.UTF_8)).as("kept afterwards").isEqualTo("the search page");
        assertThat(renders).hasValue(1);
    }

    @Test
    void whenTheSharedRenderIsNotKeptEachWaitingReaderRendersItsOwn() throws Exception {
        FilterChain chain = slowRender(503);
        MockHttpServletResponse[] second = {twoReadersAtOnce(chain)[1]};

        assertThat(renders).hasValue(2);
        assertThat(second[0].getStatus()).isEqualTo(503);
        assertThat(second[0].getContentAsString(StandardCharsets.UTF_8)).isEqualTo("the search page");
    }

    @Test
    void aPageSaidNotToBeKeptIsAnsweredToThoseWaitingForItButNotToTheNextReader() throws Exception {
        FilterChain slow = slowRender(200);
        FilterChain partial = (request, response) -> {
            request.setAttribute(NotToBeKept.ATTRIBUTE, Boolean.TRUE);
            slow.doFilter(request, response);
        };
        MockHttpServletResponse[] second = {twoReadersAtOnce(partial)[1]};

        assertThat(renders).as("one search for those asking at once").hasValue(1);
        assertThat(second[0].getContentAsString(StandardCharsets.UTF_8)).isEqualTo("the search page");
        get(partial);
        assertThat(renders).as("searched again for a later reader").hasValue(2);
    }

    @Test
    void aPageSaidNotToBeKeptIsAnsweredAndRenderedAgainForTheNextReader() throws Exception {
        FilterChain partial = (request, response) -> {
            renders.incrementAndGet();
            request.setAttribute(NotToBeKept.ATTRIBUTE, Boolean.TRUE);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("what was found in time");
        };

        assertThat(get(partial).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("what was found in time");
        assertThat(get(partial).getContentAsString(StandardCharsets.UTF_8)).isEqualTo("what was found in time");
        assertThat(renders).hasValue(2);
    }
}
