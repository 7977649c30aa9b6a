// `T: PartialEq` alone: counting matches, with references compared too.
fn count<T: PartialEq>(xs: &[T], key: &T) -> usize {
    let mut n = 0;
    for x in xs {
        if x == key {
            n += 1;
        }
    }
    n
}

fn main() {
    println!("{}", count(&[1, 2, 1, 1], &1));
    println!("{}", count(&[0.5, 1.5], &2.0));
    println!("{}", count(&[true, false, true], &true));
}
