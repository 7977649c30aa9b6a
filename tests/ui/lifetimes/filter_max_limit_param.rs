fn position_of(v: &[i32], target: &i32) -> Option<usize> {
    v.iter().position(|x| x == target)
}

fn biggest<'a>(v: &'a [i32], limit: &i32) -> Option<&'a i32> {
    v.iter().filter(|x| *x < limit).max()
}

fn main() {
    let v = vec![4, 9, 2, 7];
    let p = {
        let t = 2;
        position_of(&v, &t)
    };
    let b = {
        let lim = 8;
        biggest(&v, &lim)
    };
    println!("{:?} {:?}", p, b);
}
