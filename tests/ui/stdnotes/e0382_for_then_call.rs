// After the loop took the array, it cannot be passed on.
struct Parcel {
    grams: u32,
}

fn heaviest(ps: [Parcel; 2]) -> u32 {
    if ps[0].grams > ps[1].grams { ps[0].grams } else { ps[1].grams }
}

fn main() {
    let parcels = [Parcel { grams: 250 }, Parcel { grams: 900 }];
    for p in parcels {
        println!("{} g", p.grams);
    }
    println!("{}", heaviest(parcels));
}
