import { html } from 'lit';

/** Scaler stories keep their own storage key, cleared on each render, so one story never changes another. */
export function freshStorageKey(name: string): string {
  const key = `storybook:${name}`;
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage may be blocked; the element copes, and so does the story.
  }
  return key;
}

/** A short article that the scaler and toolbar stories scale. */
export const sampleArticle = (id: string) => html`
  <bantin-article id=${id}>
    <h1 slot="title">Quan tâm xây dựng, nhân rộng mô hình, gương điển hình tiên tiến</h1>
    <p slot="lead">
      Xây dựng, nhân rộng điển hình tiên tiến là nhiệm vụ trọng tâm của các phong trào thi đua yêu nước.
    </p>
    <h2>Thực hiện đồng bộ cả 4 khâu</h2>
    <p>
      Theo đánh giá của Sở Nội vụ, các cơ quan, đơn vị, địa phương đã xây dựng kế hoạch nhân rộng điển hình
      tiên tiến một cách cụ thể, bám sát vào nhiệm vụ chuyên môn, lĩnh vực hoạt động.
    </p>
    <p slot="byline">Bích Huệ</p>
  </bantin-article>
`;
