fn check(xs: &[i32]) -> &'static str {
    match xs {
        [1, 2, ..] => "starts 1, 2",
        [.., 9] => "ends with 9",
        [0 | 1, _] => "pair starting small",
        [10..=20, ..] => "starts in the teens",
        _ => "something else",
    }
}

fn main() {
    for xs in [&[1, 2, 3][..], &[4, 9], &[0, 5], &[15], &[3, 3, 3]] {
        println!("{:?}: {}", xs, check(xs));
    }
}
