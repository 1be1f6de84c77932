"""A user's own API token page: see whether one exists, create (or replace) it, revoke it."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views import View
from rest_framework.authtoken.models import Token


class TokenView(View):
    template_name = "api/token.html"

    def get(self, request):
        token = Token.objects.filter(user=request.user).first()
        return render(request, self.template_name, {"token": token, "new_key": None})

    def post(self, request):
        Token.objects.filter(user=request.user).delete()
        if request.POST.get("action") == "revoke":
            messages.success(request, "Your API token was revoked: requests that use it are refused from now on.")
            return redirect("api:token")
        token = Token.objects.create(user=request.user)
        # The key is shown once, on this response; afterwards only its first characters.
        return render(request, self.template_name, {"token": token, "new_key": token.key})
