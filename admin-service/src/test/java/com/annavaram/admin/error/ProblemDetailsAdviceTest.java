package com.annavaram.admin.error;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class ProblemDetailsAdviceTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void shouldAnswerUnknownRouteWithNotFoundProblem() throws Exception {
        expectProblem(mvc.perform(get("/api/no-such-route")), 404, ProblemDetailsAdvice.NOT_FOUND)
                .andExpect(jsonPath("$.detail").value(Matchers.not(Matchers.containsString("no-such-route"))));
    }

    @Test
    void shouldHideTheCauseOfAnUnexpectedFailure() throws Exception {
        expectProblem(mvc.perform(get("/boom")), 500, ProblemDetailsAdvice.INTERNAL)
                .andExpect(content().string(Matchers.not(Matchers.containsString("IllegalStateException"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret"))));
    }

    @Test
    void shouldAnswerAuthenticationFailureWithUnauthorizedProblem() throws Exception {
        expectProblem(mvc.perform(get("/unauthenticated")), 401, ProblemDetailsAdvice.UNAUTHORIZED)
                .andExpect(content().string(Matchers.not(Matchers.containsString("wrong password"))));
    }

    @Test
    void shouldAnswerDeniedAccessWithForbiddenProblem() throws Exception {
        expectProblem(mvc.perform(get("/forbidden")), 403, ProblemDetailsAdvice.FORBIDDEN);
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithItsOwnStatus() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/boom"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.message").value(Matchers.not(Matchers.emptyOrNullString())));
    }

    private static ResultActions expectProblem(ResultActions result, int status, String detail) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status)).andExpect(jsonPath("$.success").value(false))
                .andExpect(jsonPath("$.detail").value(detail)).andExpect(jsonPath("$.message").value(detail));
    }

    @RestController
    static class FailingController {

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret internal state");
        }

        @GetMapping("/unauthenticated")
        String unauthenticated() {
            throw new BadCredentialsException("wrong password");
        }

        @GetMapping("/forbidden")
        String forbidden() {
            throw new AuthorizationDeniedException("denied");
        }
    }
}
