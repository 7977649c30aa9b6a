fn main() {
    let values: [f64; 6] = [2.5, -2.5, 0.5, -0.4, 1.7, -1.2];
    for v in values {
        println!("{:?}: round {:?} floor {:?} ceil {:?} trunc {:?} fract {:.3}",
                 v, v.round(), v.floor(), v.ceil(), v.trunc(), v.fract());
    }
    println!("{} {}", 3.5f32.round(), (-3.5f32).round());
}
