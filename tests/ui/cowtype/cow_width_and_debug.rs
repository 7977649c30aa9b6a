// A `Cow` formats as what it holds, with the caller's width, fill and alignment.
use std::borrow::Cow;

fn tidy(s: &str) -> Cow<'_, str> {
    if s.ends_with(' ') {
        Cow::Owned(s.trim_end().to_string())
    } else {
        Cow::Borrowed(s)
    }
}

fn main() {
    for s in ["left", "right   "] {
        let t = tidy(s);
        println!("[{:<8}] [{:>8}] [{:^8}] {:?}", t, t, t, t);
    }
    let nums: Cow<'_, [i32]> = Cow::Owned(vec![3, 1, 2]);
    println!("{:?} {}", nums, nums.len());
}
