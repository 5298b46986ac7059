/**
 * What a browser shows instead of the board when the dashboard refuses: a page of its own (the board is a
 * separate page, opened in the web app's frame or on its own), in both languages since it is served before
 * anyone's locale is known.
 */
export function refusalPage(status: number): string {
  const [vi, en] =
    status === 401
      ? ['Bạn cần đăng nhập để xem trang này.', 'Sign in to see this page.']
      : status === 403
        ? [
            'Chỉ quản trị viên cấp tỉnh được xem bảng theo dõi hàng đợi.',
            'Only administrators of the province may open the queue dashboard.',
          ]
        : ['Không mở được bảng theo dõi hàng đợi.', 'The queue dashboard could not be opened.'];
  const signIn = status === 401 ? '<p><a href="/sign-in" target="_top">Đăng nhập / Sign in</a></p>' : '';
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${status}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#212529}p[lang=en]{color:#495057}</style></head>
<body>
<h1>${status}</h1>
<p>${vi}</p>
<p lang="en">${en}</p>
${signIn}
</body>
</html>
`;
}
