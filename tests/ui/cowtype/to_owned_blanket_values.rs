// `to_owned` on sized types is std's blanket impl: a clone of the value behind the
// reference (`&i32` gives `i32`, `&Tag` gives `Tag`); `str` and slices keep their own.
#[derive(Debug, Clone)]
struct Tag(String);

fn main() {
    let t = Tag(String::from("red"));
    let r = &t;
    let owned: Tag = r.to_owned();
    let n = &41;
    let m: i32 = n.to_owned() + 1;
    let v = vec![3, 4];
    let w = v.to_owned();
    let s: String = "text".to_owned();
    let sl: Vec<i32> = v[..1].to_owned();
    let o = Some(2.5).to_owned();
    println!("{:?} {:?} {} {:?} {} {:?} {:?}", owned, t, m, w, s, sl, o);
}
