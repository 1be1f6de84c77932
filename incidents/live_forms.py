"""Forms of the live-ingest pages: an article to preview, a feed to poll."""

from django import forms
from django.conf import settings

from incidents.models import Feed
from incidents.services import fetching

UPLOAD_SUFFIXES = (".txt", ".html", ".htm")


class ArticleForm(forms.Form):
    """Exactly one of: pasted text, an uploaded file, a URL; metadata optional."""

    text = forms.CharField(label="Paste the article", required=False, strip=False,
                           widget=forms.Textarea(attrs={"rows": 12}))  # fmt: skip
    file = forms.FileField(label="or upload a file (.txt, .html)", required=False)
    url = forms.CharField(label="or give its URL", required=False, max_length=2000,
                          widget=forms.TextInput(attrs={"inputmode": "url", "placeholder": "https://"}))  # fmt: skip
    title = forms.CharField(required=False, max_length=500)
    publisher = forms.CharField(required=False, max_length=200)
    published = forms.DateField(label="Publication date", required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))  # fmt: skip
    force = forms.BooleanField(label="Ingest even if it is not English", required=False)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if not upload.name.lower().endswith(UPLOAD_SUFFIXES):
            raise forms.ValidationError("Upload a .txt or .html file.")
        if upload.size > settings.INGEST_MAX_BYTES:
            raise forms.ValidationError(f"The file is over the {settings.INGEST_MAX_BYTES:,}-byte limit.")
        return upload

    def clean_url(self):
        url = self.cleaned_data.get("url", "").strip()
        if url:
            try:
                fetching.url_check(url)
            except fetching.RefusedURL as exc:
                raise forms.ValidationError(str(exc)) from exc
        return url

    def clean(self):
        data = super().clean()
        given = [name for name in ("text", "file", "url") if data.get(name) and (name != "text" or data[name].strip())]
        if not given and not self.errors:
            raise forms.ValidationError("Paste the text, upload a file or give a URL.")
        if len(given) > 1:
            raise forms.ValidationError("Give one article at a time: pasted text, a file or a URL.")
        data["input"] = given[0] if given else None
        return data

    def overrides(self) -> dict:
        return {k: self.cleaned_data[k] for k in ("title", "publisher", "published") if self.cleaned_data.get(k)}


class FeedForm(forms.ModelForm):
    class Meta:
        model = Feed
        fields = ["url", "title", "poll_minutes", "active"]

    def clean_url(self):
        url = self.cleaned_data["url"].strip()
        try:
            fetching.url_check(url)
        except fetching.RefusedURL as exc:
            raise forms.ValidationError(str(exc)) from exc
        return url

    def clean_poll_minutes(self):
        minutes = self.cleaned_data["poll_minutes"]
        if minutes < 5:
            raise forms.ValidationError("Poll at most every 5 minutes.")
        return minutes
