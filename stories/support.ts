/** A short article, as a portal's CMS writes it, that the scaler and toolbar stories scale. */
export const SAMPLE_ARTICLE = `<bantin-article>
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
</bantin-article>`;

/** The same article's content, for stories of <bantin-article> itself. */
export const SAMPLE_ARTICLE_CONTENT = SAMPLE_ARTICLE.replace(/^<bantin-article>\n|\n<\/bantin-article>$/g, '')
  .split('\n')
  .map((line) => line.replace(/^ {2}/, ''))
  .join('\n');
